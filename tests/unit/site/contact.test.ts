import { afterEach, describe, expect, test } from 'vitest';
import { contactAddress } from '../../../src/site/contact.ts';

const before = process.env.DUIDING_CONTACT;
afterEach(() => {
  if (before === undefined) delete process.env.DUIDING_CONTACT;
  else process.env.DUIDING_CONTACT = before;
});

describe('contactAddress', () => {
  test('is the deployer’s address, trimmed', () => {
    process.env.DUIDING_CONTACT = '  redactie@example.org ';
    expect(contactAddress()).toBe('redactie@example.org');
  });

  test('is undefined when unset or blank, so no page offers a way to report that does not exist', () => {
    delete process.env.DUIDING_CONTACT;
    expect(contactAddress()).toBeUndefined();
    process.env.DUIDING_CONTACT = '   ';
    expect(contactAddress()).toBeUndefined();
  });
});

/**
 * Where readers report an error: the deployer's address (`DUIDING_CONTACT`), or none. Nothing
 * offers a way to report that does not exist: without it the about page says no address is set and
 * the footer points to how Duiding corrects instead (src/integrations/deploy-settings.ts warns).
 */
export function contactAddress(): string | undefined {
  return process.env.DUIDING_CONTACT?.trim() || undefined;
}

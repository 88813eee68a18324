/**
 * A link to an event that has moved to the page of its period (`/tijdlijn/#id`, shared before the
 * timeline split) goes straight on to that page. Without this script the link still lands on the
 * event's line under "Verhuisd naar de pagina van hun periode", which links there.
 */
const forward = () => {
  const id = decodeURIComponent(location.hash.slice(1));
  const line = id ? document.getElementById(id) : null;
  const target = line?.dataset.forward;
  // Only a path on this site: the page wrote it, and nothing from the address is followed elsewhere.
  if (target?.startsWith('/') && !target.startsWith('//')) location.replace(target);
};

forward();
window.addEventListener('hashchange', forward);

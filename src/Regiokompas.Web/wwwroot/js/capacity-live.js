// Live refresh for the capacity dashboard: the server says "changed", we fetch the table again.
// Without JavaScript (or without EventSource) the page still works; it just needs a reload.
(function () {
  var box = document.getElementById('capacity-live');
  var status = document.getElementById('capacity-live-status');
  if (!box || !window.EventSource || !window.fetch) return;
  var url = box.getAttribute('data-table-url');
  var busy = false;
  function refresh() {
    if (busy) return;
    busy = true;
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (html !== null) {
          box.innerHTML = html;
          if (status) status.textContent = (document.documentElement.lang === 'en' ? 'Updated at ' : 'Bijgewerkt om ') + new Date().toLocaleTimeString(document.documentElement.lang || 'nl');
        }
      })
      .finally(function () { busy = false; });
  }
  var source = new EventSource('/api/v1/capacity/events');
  source.addEventListener('changed', refresh);
  // Holds also run out with time, without any write: refresh once a minute as well.
  setInterval(refresh, 60000);
})();

// After a search or a refused form the URL ends in #resultaten or #fout-samenvatting; the browser
// scrolls there by itself, and here keyboard and screen-reader focus follows.
(function () {
  var id = window.location.hash.slice(1);
  if (!id) return;
  var target = document.getElementById(id);
  if (target && target.getAttribute('tabindex') === '-1') target.focus();
})();

// Optional layer: suggestions from the server while typing. Without JavaScript the datalist
// already offers theme names and lay words, so search works the same.
(function () {
  var input = document.getElementById('q');
  var list = document.getElementById('hulp-woorden');
  if (!input || !list || !window.fetch) return;
  var timer = null, last = '';
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q.length < 2 || q === last) return;
      last = q;
      fetch('/api/v1/directory/suggestions?q=' + encodeURIComponent(q))
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          var seen = {};
          Array.prototype.forEach.call(list.querySelectorAll('option[data-live]'), function (o) { o.remove(); });
          items.forEach(function (text) {
            if (seen[text]) return; seen[text] = true;
            var option = document.createElement('option');
            option.value = text; option.setAttribute('data-live', '');
            list.insertBefore(option, list.firstChild);
          });
        })
        .catch(function () { });
    }, 150);
  });
})();

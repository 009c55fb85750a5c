// Draws the monitor's result chart from a JSON data block: <canvas data-chart="ID"> reads <script type="application/json" id="ID">.
// The table on the page holds the same figures; without JavaScript (or Chart.js) the figure stays hidden.
(function () {
  if (!window.Chart) return;
  var en = document.documentElement.lang === 'en';
  var canvases = document.querySelectorAll('canvas[data-chart]');
  Array.prototype.forEach.call(canvases, function (canvas) {
    var block = document.getElementById(canvas.getAttribute('data-chart'));
    if (!block) return;
    var data;
    try { data = JSON.parse(block.textContent); } catch (e) { return; }
    var suffix = data.valueSuffix || '';
    function fmt(y) { return (Math.round(y * 10) / 10).toLocaleString(en ? 'en' : 'nl') + suffix; }
    var datasets = [{
      label: data.fictitious ? (en ? 'Measured (fictitious)' : 'Gemeten (fictief)') : (en ? 'Measured' : 'Gemeten'), data: data.measured, borderColor: '#1f5fa8', backgroundColor: '#1f5fa8',
      showLine: true, pointRadius: 4
    }];
    if (data.baseline) datasets.push({
      label: en ? 'Baseline' : 'Nulmeting', data: [data.baseline], borderColor: '#555', backgroundColor: '#fff',
      pointStyle: 'rectRot', pointRadius: 6, showLine: false
    });
    if (data.trend && data.trend.length) datasets.push({
      label: 'Trend', data: data.trend, borderColor: '#b35900', pointRadius: 0, showLine: true
    });
    if (data.projection && data.projection.length) datasets.push({
      label: en ? 'Projection' : 'Verwachting', data: data.projection, borderColor: '#b35900', borderDash: [6, 4],
      pointRadius: [0, 5], backgroundColor: '#b35900', showLine: true
    });
    if (data.target) datasets.push({
      label: en ? 'Target' : 'Doel', data: [data.target], borderColor: '#1a7f37', backgroundColor: '#1a7f37',
      pointStyle: 'star', pointRadius: 9, borderWidth: 2, showLine: false
    });
    canvas.closest('figure') && canvas.closest('figure').removeAttribute('hidden');
    // The box (.chart-box in site.css) sets the size; on a phone the legend and ticks are kept compact and legible.
    var narrow = canvas.parentNode.clientWidth < 480;
    var font = { size: 14 };
    new window.Chart(canvas, {
      type: 'scatter',
      data: { datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        parsing: { xAxisKey: 'x', yAxisKey: 'y' },
        scales: {
          x: { type: 'linear', title: { display: !narrow, text: en ? 'Year' : 'Jaar', font: font },
               ticks: { stepSize: 1, font: font, maxRotation: 0, callback: function (x) { return Math.round(x) === x ? String(x) : ''; } } },
          y: { title: { display: !narrow, text: en ? 'Value' : 'Waarde', font: font }, ticks: { callback: fmt, font: font, maxTicksLimit: narrow ? 6 : 11 } }
        },
        plugins: {
          legend: { position: narrow ? 'bottom' : 'top', labels: { font: font, boxWidth: narrow ? 14 : 40, padding: narrow ? 8 : 10 } },
          tooltip: { callbacks: { label: function (c) {
            var p = c.raw; return c.dataset.label + (p.label ? ' ' + p.label : '') + ': ' + fmt(p.y);
          } } }
        }
      }
    });
  });
})();

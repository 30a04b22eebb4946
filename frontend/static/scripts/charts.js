// Draws a Chart.js chart from a JSON configuration made on the server. "tickNames" on an axis
// (our own key) names the ticks, e.g. mastery levels instead of 0..4.
window.tensortrail = window.tensortrail || {};
window.tensortrail.chart = function (canvas, json) {
  var draw = function () {
    if (!window.Chart) { setTimeout(draw, 50); return; }
    var config = JSON.parse(json);
    Object.values((config.options && config.options.scales) || {}).forEach(function (axis) {
      if (axis.tickNames) {
        var names = axis.tickNames;
        axis.ticks = Object.assign({}, axis.ticks, { callback: function (v) { return names[v] !== undefined ? names[v] : v; } });
        delete axis.tickNames;
      }
    });
    if (canvas.tensortrailChart) { canvas.tensortrailChart.destroy(); }
    var dark = document.documentElement.getAttribute('theme') === 'dark';
    window.Chart.defaults.color = dark ? '#d0d6e0' : '#3b4252';
    canvas.tensortrailChart = new window.Chart(canvas, config);
  };
  draw();
};

// One indicator's trend on its page: actual, the 序时 expected line and the forecast (json_script "one-chart").
(function () {
  var source = document.getElementById("one-chart");
  var el = document.getElementById("trend");
  if (!source || !el || !window.echarts) { return; }
  var c = JSON.parse(source.textContent);
  echarts.init(el).setOption({
    tooltip: {trigger: "axis"}, legend: {bottom: 0}, grid: {left: 50, right: 20, top: 20, bottom: 40},
    xAxis: {type: "category", data: c.months}, yAxis: {type: "value", name: c.unit},
    series: [{name: el.dataset.labelActual, type: "bar", data: c.actual},
             {name: el.dataset.labelExpected, type: "line", data: c.expected, lineStyle: {type: "dashed"}},
             {name: el.dataset.labelForecast, type: "line", data: c.forecast, connectNulls: true, lineStyle: {type: "dotted"}}]
  });
  el.dataset.rendered = "1";
})();

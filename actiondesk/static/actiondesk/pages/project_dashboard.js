// Project dashboard charts (data from json_script "dashboard-data"; series names from data-label-* attributes).
(function () {
  var source = document.getElementById("dashboard-data");
  if (!source || !window.echarts) { return; }
  var d = JSON.parse(source.textContent);
  var months = document.getElementById("chart-months");
  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var c = echarts.init(el);
    c.setOption(option);
    el.dataset.rendered = "1";
    window.addEventListener("resize", function () { c.resize(); });
  }
  chart("chart-funnel", {tooltip: {}, series: [{type: "funnel", sort: "none", data: d.funnel, label: {formatter: "{b} {c}"}}]});
  chart("chart-months", {tooltip: {trigger: "axis"}, legend: {}, xAxis: {type: "category", data: d.months}, yAxis: {type: "value"},
    series: [{name: months.dataset.labelMonthly, type: "bar", data: d.monthly},
             {name: months.dataset.labelCumulative, type: "line", data: d.cumulative},
             {name: months.dataset.labelSequential, type: "line", lineStyle: {type: "dashed"}, data: d.sequential}]});
  chart("chart-chains", {tooltip: {}, xAxis: {type: "value"}, yAxis: {type: "category", data: d.chains}, grid: {left: 110},
    series: [{type: "bar", data: d.chain_values}]});
  chart("chart-departments", {tooltip: {}, xAxis: {type: "value"}, yAxis: {type: "category", data: d.departments}, grid: {left: 110},
    series: [{type: "bar", data: d.department_values}]});
})();

// 链长 page: per chain, open and resolved problems and 督办单 raised from meetings (json_script "leader-chart-data").
(function () {
  if (!window.echarts) { return; }
  var data = document.getElementById("leader-chart-data"), el = document.getElementById("leader-chart");
  if (!data || !el) { return; }
  var c = JSON.parse(data.textContent), d = el.dataset;
  var chart = echarts.init(el);
  chart.setOption({tooltip: {trigger: "axis"}, legend: {top: 0}, grid: {left: 50, right: 20, top: 36, bottom: 40},
    xAxis: {type: "category", data: c.chains}, yAxis: {type: "value", minInterval: 1},
    series: [{type: "bar", name: d.labelOpen, data: c.open}, {type: "bar", name: d.labelResolved, data: c.resolved},
             {type: "bar", name: d.labelOrders, data: c.orders}]});
  el.dataset.rendered = "1";
  window.addEventListener("resize", function () { chart.resize(); });
})();

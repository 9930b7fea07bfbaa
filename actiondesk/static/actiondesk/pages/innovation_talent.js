// 产业人才地图: need, supply and gap by chain, one bar group per chain (data from json_script "talent-data").
(function () {
  var source = document.getElementById("talent-data");
  var el = document.getElementById("talent-chart");
  if (!source || !el || !window.echarts) { return; }
  var d = JSON.parse(source.textContent);
  var chains = d.rows.map(function (r) { return r.chain; });
  function total(key) { return d.rows.map(function (r) { return r[key].reduce(function (a, b) { return a + b; }, 0); }); }
  var series = [
    {name: el.dataset.labelNeed, type: "bar", data: total("need")},
    {name: el.dataset.labelSupply, type: "bar", data: total("supply")},
    {name: el.dataset.labelGap, type: "line", data: total("gap")}
  ];
  d.groups.forEach(function (g, i) {
    series.push({name: g, type: "bar", stack: "gap", xAxisIndex: 1, yAxisIndex: 1,
                 data: d.rows.map(function (r) { return r.gap[i]; })});
  });
  el.style.height = "460px";
  var c = echarts.init(el);
  c.setOption({tooltip: {trigger: "axis"}, legend: {},
    grid: [{top: 40, height: "35%"}, {top: "58%", height: "32%"}],
    xAxis: [{type: "category", data: chains}, {type: "category", data: chains, gridIndex: 1}],
    yAxis: [{type: "value"}, {type: "value", gridIndex: 1}], series: series});
  el.dataset.rendered = "1";
  window.addEventListener("resize", function () { c.resize(); });
})();

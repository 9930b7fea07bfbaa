// 一企一档: the enterprise's yearly figures (json_script "figures-data").
(function () {
  var source = document.getElementById("figures-data");
  var el = document.getElementById("figures-chart");
  if (!source || !el || !window.echarts) { return; }
  var data = JSON.parse(source.textContent);
  if (!data.years.length) { return; }
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: {trigger: "axis"}, legend: {data: ["营业收入", "纳税", "研发费用", "从业人员"]},
    xAxis: {type: "category", data: data.years},
    yAxis: [{type: "value", name: "万元"}, {type: "value", name: "人"}],
    series: [
      {name: "营业收入", type: "bar", data: data.revenue}, {name: "纳税", type: "bar", data: data.tax},
      {name: "研发费用", type: "bar", data: data.rnd_expense},
      {name: "从业人员", type: "line", yAxisIndex: 1, data: data.employees}]
  });
  el.dataset.rendered = "1";
})();

// 金融+ page: loans by product ("loan-product-data") and enterprises per listing-ladder rung ("listing-ladder-data").
(function () {
  if (!window.echarts) { return; }
  function bars(dataId, elId) {
    var source = document.getElementById(dataId), el = document.getElementById(elId);
    if (!source || !el) { return; }
    var rows = JSON.parse(source.textContent), chart = echarts.init(el);
    chart.setOption({tooltip: {trigger: "axis"}, grid: {left: 60, right: 20, top: 20, bottom: 40},
      xAxis: {type: "category", data: rows.map(function (r) { return r.name; })}, yAxis: {type: "value"},
      series: [{type: "bar", name: el.dataset.label, data: rows.map(function (r) { return r.value; })}]});
    el.dataset.rendered = "1";
    window.addEventListener("resize", function () { chart.resize(); });
  }
  bars("loan-product-data", "loan-products");
  bars("listing-ladder-data", "listing-ladder");
})();

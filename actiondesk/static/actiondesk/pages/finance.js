// 金融+ page: the risk pools, loans by product ("loan-product-data") and enterprises per listing-ladder rung ("listing-ladder-data").
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
  // Each risk pool: the loans it covers, the compensation it paid and what it still holds ("pool-chart-data").
  var pools = document.getElementById("pool-chart-data"), poolEl = document.getElementById("pool-chart");
  if (pools && poolEl) {
    var rows = JSON.parse(pools.textContent), d = poolEl.dataset, chart = echarts.init(poolEl);
    chart.setOption({tooltip: {trigger: "axis"}, legend: {top: 0}, grid: {left: 70, right: 20, top: 36, bottom: 30},
      xAxis: {type: "category", data: rows.map(function (r) { return r.name; })}, yAxis: {type: "value"},
      series: [{type: "bar", name: d.labelCovered, data: rows.map(function (r) { return r.covered; })},
               {type: "bar", name: d.labelPaid, data: rows.map(function (r) { return r.paid; })},
               {type: "bar", name: d.labelBalance, data: rows.map(function (r) { return r.balance; })}]});
    poolEl.dataset.rendered = "1";
    window.addEventListener("resize", function () { chart.resize(); });
  }
  bars("listing-ladder-data", "listing-ladder");
})();

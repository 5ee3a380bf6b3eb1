// Sorting and filtering for report tables. No data is fetched; everything is on the page.
(function () {
  "use strict";
  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    var v = cell.getAttribute("data-value");
    return v === null ? cell.textContent.trim() : v;
  }
  function compare(a, b, numeric) {
    if (numeric) {
      var x = a === "" ? -Infinity : parseFloat(a), y = b === "" ? -Infinity : parseFloat(b);
      return x - y;
    }
    return a.localeCompare(b);
  }
  function sortBy(table, th) {
    var index = Array.prototype.indexOf.call(th.parentNode.cells, th);
    var numeric = th.getAttribute("data-sort") === "number";
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.cells, function (other) {
      other.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (r1, r2) {
      var d = compare(cellValue(r1, index), cellValue(r2, index), numeric);
      return ascending ? d : -d;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  function applyFilters(table, controls, counter) {
    var shown = 0, rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i], keep = true;
      controls.forEach(function (c) {
        var want = c.el.value;
        if (!want) return;
        var have = row.getAttribute("data-" + c.key) || "";
        if (c.kind === "from" && have.slice(0, 10) < want) keep = false;
        if (c.kind === "to" && have.slice(0, 10) > want) keep = false;
        if (c.kind === "is" && have !== want) keep = false;
      });
      row.hidden = !keep;
      if (keep) shown++;
    }
    if (counter) counter.textContent = shown + " of " + rows.length + " rows shown";
  }
  function fillOptions(table, select, key) {
    var seen = {}, values = [], rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var v = rows[i].getAttribute("data-" + key) || "";
      if (v && !seen[v]) { seen[v] = true; values.push(v); }
    }
    values.sort().forEach(function (v) {
      var option = document.createElement("option");
      option.value = v;
      option.textContent = v;
      select.appendChild(option);
    });
  }
  document.querySelectorAll("table[data-table]").forEach(function (table) {
    table.querySelectorAll("th[data-sort]").forEach(function (th) {
      th.tabIndex = 0;
      th.addEventListener("click", function () { sortBy(table, th); });
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") sortBy(table, th); });
    });
    var name = table.getAttribute("data-table");
    var counter = document.querySelector("[data-count-for='" + name + "']");
    var controls = [];
    document.querySelectorAll("[data-filter-for='" + name + "']").forEach(function (el) {
      var key = el.getAttribute("data-key"), kind = el.getAttribute("data-kind") || "is";
      if (el.tagName === "SELECT") fillOptions(table, el, key);
      controls.push({ el: el, key: key, kind: kind });
      el.addEventListener("change", function () { applyFilters(table, controls, counter); });
      el.addEventListener("input", function () { applyFilters(table, controls, counter); });
    });
    applyFilters(table, controls, counter);
  });
})();

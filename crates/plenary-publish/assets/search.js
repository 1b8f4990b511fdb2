// Offline search over the prebuilt index (search-index.js): every word typed must occur in a
// session's or person's text. No network.
(function () {
  "use strict";

  // The entries of `index` whose text holds every word of `query` (case-insensitive).
  function search(index, query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    return index.filter(function (e) {
      return words.every(function (w) { return e.x.indexOf(w) >= 0; });
    });
  }

  if (typeof module === "object" && module.exports) {
    module.exports = { search: search };
    return;
  }

  var index = window.PLENARY_SEARCH || [];
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");

  function run(query) {
    list.textContent = "";
    if (!query.trim()) {
      status.textContent = "";
      return;
    }
    var hits = search(index, query);
    hits.slice(0, 200).forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.u;
      a.textContent = e.t;
      li.appendChild(a);
      if (e.d) li.appendChild(document.createTextNode(" · " + e.d));
      list.appendChild(li);
    });
    status.textContent = hits.length === 1 ? "1 result" : hits.length + " results" + (hits.length > 200 ? " (the first 200 shown)" : "");
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run(input.value);
  });
  input.addEventListener("input", function () { run(input.value); });
  var q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    run(q);
  }
})();

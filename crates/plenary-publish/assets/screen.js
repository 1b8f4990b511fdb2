// The room screen: shows the session on now and the next one by this device's clock, refreshed
// every 15 seconds, with no network. `data-now` on <body> (milliseconds since 1970) fixes the
// clock, for previews and tests.
(function () {
  "use strict";

  // Which session is on at `now` and which comes next: indexes into `sessions` (sorted by
  // start; cancelled ones skipped), or null.
  function pick(sessions, now) {
    var current = null;
    var next = null;
    for (var i = 0; i < sessions.length; i++) {
      var s = sessions[i];
      if (s.cancelled) continue;
      if (s.start <= now && now < s.end) {
        if (current === null) current = i;
      } else if (s.start > now && next === null) {
        next = i;
      }
    }
    return { now: current, next: next };
  }

  if (typeof module === "object" && module.exports) {
    module.exports = { pick: pick };
    return;
  }

  var data = JSON.parse(document.getElementById("screen-data").textContent);
  var fixed = document.body.getAttribute("data-now");

  function show(id, s, empty) {
    var box = document.getElementById(id);
    box.textContent = "";
    var p = document.createElement("p");
    if (!s) {
      p.textContent = empty;
      box.appendChild(p);
      return;
    }
    p.className = "title";
    var a = document.createElement("a");
    a.href = data.root + s.url;
    a.textContent = s.title;
    p.appendChild(a);
    box.appendChild(p);
    var when = document.createElement("p");
    when.textContent = s.day + ", " + s.time + (s.people ? " · " + s.people : "");
    box.appendChild(when);
  }

  function update() {
    var now = fixed ? Number(fixed) : Date.now();
    var chosen = pick(data.sessions, now);
    show("now", chosen.now === null ? null : data.sessions[chosen.now], "Nothing right now.");
    show("next", chosen.next === null ? null : data.sessions[chosen.next], "Nothing more in this room.");
    document.getElementById("clock").textContent = "Updated " + new Date(now).toLocaleTimeString([], { timeZone: data.timezone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  }

  document.body.classList.add("live");
  update();
  if (!fixed) setInterval(update, 15000);
})();

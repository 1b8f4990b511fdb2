// Served from a web server, "Subscribe" links become webcal: links (calendar apps then follow
// the file); from a folder (file:) they stay plain links to the .ics file.
(function () {
  "use strict";
  if (location.protocol !== "http:" && location.protocol !== "https:") return;
  var links = document.querySelectorAll("a.webcal");
  for (var i = 0; i < links.length; i++) {
    links[i].href = links[i].href.replace(/^https?:/, "webcal:");
  }
})();

// Doudi: the only script. Pages work without it; it adds confirmations to forms
// that carry data-confirm (e.g. revealing a full ID number, which is logged).
"use strict";
document.addEventListener("submit", function (event) {
  var message = event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) { event.preventDefault(); }
});

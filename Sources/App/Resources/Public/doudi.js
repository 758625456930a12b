// Doudi: the only script. Pages work without it; it adds confirmations to forms
// that carry data-confirm (e.g. revealing a full ID number, which is logged).
"use strict";
document.addEventListener("submit", function (event) {
  var message = event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) { event.preventDefault(); }
});

// A running import's page: poll its status, move the progress bar, and reload the
// page (which then shows the outcome) when the job has ended.
(function () {
  var box = document.querySelector(".job-progress[data-status]");
  if (!box) { return; }
  var bar = box.querySelector("progress");
  var phase = box.querySelector(".job-phase");
  function poll() {
    fetch(box.getAttribute("data-status"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        // A passing error (a proxy's 502, a restart) is retried; the refresh link stays.
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (status) {
        if (status.finished) { window.location.reload(); return; }
        phase.textContent = status.text;
        if (status.total > 0) { bar.max = status.total; bar.value = status.done; } else { bar.removeAttribute("value"); }
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();

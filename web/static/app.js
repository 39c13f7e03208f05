// storyfold pages work without this script. It adds one thing: on the
// story page, pointing at or focusing a ledger cell shows that source's
// sentence under the table (touch screens have no tooltips). It writes
// with textContent only, so stored text can never become markup.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  var table = document.querySelector(".ledger-table");
  var out = document.getElementById("ledger-sentence");
  if (!table || !out) {
    return;
  }
  function show(event) {
    var link = event.target.closest ? event.target.closest("td.present a") : null;
    if (!link) {
      return;
    }
    var hidden = link.querySelector(".visually-hidden");
    out.textContent = hidden ? hidden.textContent.trim() : link.title;
    out.hidden = false;
  }
  table.addEventListener("mouseover", show);
  table.addEventListener("focusin", show);
});

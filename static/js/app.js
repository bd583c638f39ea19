// Progressive enhancement only: every page works without this file.
import { initAll } from "./govuk-frontend.min.js";

initAll();

// On a phone the directory's filters come after a "Show filters" button, so the
// results are near the top. Without JavaScript, or on wider screens, they show.
const narrow = window.matchMedia("(max-width: 40.0525em)"); // GOV.UK's tablet breakpoint

for (const filters of document.querySelectorAll('[data-module="lo-filter-toggle"]')) {
  const panel = filters.querySelector(".lo-filters__panel");
  const active = Number(filters.dataset.active) || 0;
  const hasError = panel.querySelector(".govuk-form-group--error") !== null;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "govuk-button govuk-button--secondary lo-filters__toggle";
  button.setAttribute("aria-controls", panel.id);
  const chosen = active ? ` (${active} in use)` : "";

  const show = (open) => {
    panel.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    button.textContent = (open ? "Hide filters" : "Show filters") + chosen;
  };
  const fit = () => {
    if (narrow.matches) {
      panel.before(button);
      show(hasError); // a filter with a problem stays in view
    } else {
      button.remove();
      panel.hidden = false;
    }
  };
  button.addEventListener("click", () => show(panel.hidden));
  narrow.addEventListener("change", fit);
  fit();
}

// A print button where JavaScript can offer one; browsers' own print works anyway.
for (const button of document.querySelectorAll('[data-module="lo-print"]')) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}

// Progressive enhancement only: every page works without this file.
import { initAll } from "./govuk-frontend.min.js";

initAll();

// On a phone the directory's filters fold behind "Show filters", so the results
// are near the top. The page arrives folded or open: CSS decides from the
// button's aria-expanded before anything is drawn (static/scss/_filters.scss),
// and shows the button only on a phone and only where this file runs. Folding
// here, after load, moved the whole page (issue 18). This only opens and closes it.
for (const button of document.querySelectorAll('[data-module="lo-filter-toggle"]')) {
  const verb = button.querySelector("[data-lo-filter-toggle-verb]");
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    verb.textContent = open ? "Hide" : "Show";
  });
}

// A print button where JavaScript can offer one; browsers' own print works anyway.
for (const button of document.querySelectorAll('[data-module="lo-print"]')) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}

// "Is this page useful?" and "Report a problem with this page" stay in place:
// the problem form opens under the question, and both forms are sent in the
// background. If anything goes wrong (a mistake in the form, no connection) the
// form is sent the ordinary way, and the server's page explains.
for (const feedback of document.querySelectorAll('[data-module="lo-feedback"]')) {
  const prompt = feedback.querySelector(".lo-feedback__prompt");
  // A service's page has no problem form here: its link leads to the service's own.
  const link = feedback.querySelector("[data-lo-feedback-open]");
  const problemForm = link && feedback.querySelector(`#${link.dataset.loFeedbackOpen}`);

  if (problemForm) {
    const opener = document.createElement("button");
    opener.type = "button";
    opener.className = "govuk-button govuk-button--secondary lo-feedback__open";
    opener.textContent = link.textContent;
    opener.setAttribute("aria-controls", problemForm.id);
    opener.setAttribute("aria-expanded", "false");
    link.replaceWith(opener);

    const showForm = (open) => {
      problemForm.hidden = !open;
      opener.setAttribute("aria-expanded", String(open));
      if (open) problemForm.querySelector("textarea").focus();
      else opener.focus();
    };
    opener.addEventListener("click", () => showForm(problemForm.hidden));
    feedback
      .querySelector("[data-lo-feedback-close]")
      .addEventListener("click", () => showForm(false));
  }

  // Thanks take the place of the vote, or of the whole prompt once a problem
  // has been reported; "Report a problem" stays on offer after a vote.
  const thank = (form, message) => {
    const thanks = document.createElement("p");
    thanks.className = "govuk-body govuk-!-font-weight-bold lo-feedback__thanks";
    thanks.setAttribute("role", "status");
    thanks.tabIndex = -1;
    if (form === problemForm) {
      prompt.replaceWith(thanks);
      problemForm.hidden = true;
    } else {
      form.replaceWith(thanks);
    }
    // Filled once in the page, so screen readers announce it.
    window.setTimeout(() => {
      thanks.textContent = message;
      thanks.focus();
    }, 50);
  };

  for (const form of feedback.querySelectorAll("[data-lo-feedback-form]")) {
    form.addEventListener("submit", async (event) => {
      if (form.dataset.sendNormally) return;
      event.preventDefault();
      const submitter = event.submitter;
      try {
        const response = await fetch(form.action, {
          method: "POST",
          body: new FormData(form, submitter),
          headers: { Accept: "application/json" },
          credentials: "same-origin",
        });
        if (!response.ok) throw new Error(String(response.status));
        thank(form, (await response.json()).message);
      } catch {
        form.dataset.sendNormally = "true";
        form.requestSubmit(submitter);
      }
    });
  }
}

// "Add to my list" stays in place: the button sends the same POST it sends
// without JavaScript, asking for JSON; then every button for that service says
// what it will do next, the header's "My list" link shows the count and the status line says
// what happened. If anything goes wrong the form is sent the ordinary way, and
// the server's page explains. Buttons on My list itself are sent normally.
const myListLabels = { add: "Add to my list", remove: "Remove from my list" };

for (const form of document.querySelectorAll('[data-module="lo-my-list"]')) {
  const status = form.querySelector("[data-lo-my-list-status]");

  const show = (serviceId, answer) => {
    const buttons = document.querySelectorAll(
      `button[form="${form.id}"][data-lo-my-list-toggle][value="${serviceId}"]`,
    );
    for (const button of buttons) {
      button.formAction = answer.saved ? form.dataset.removeUrl : form.dataset.addUrl;
      button.querySelector("[data-lo-my-list-label]").textContent = answer.saved
        ? myListLabels.remove
        : myListLabels.add;
    }
    for (const count of document.querySelectorAll("[data-lo-my-list-count]")) {
      count.textContent = answer.count ? ` (${answer.count})` : "";
    }
    for (const link of document.querySelectorAll("[data-lo-my-list-link]")) {
      link.hidden = !answer.count;
    }
    // Emptied first, so the same words twice are announced twice.
    status.textContent = "";
    window.setTimeout(() => {
      status.textContent = answer.message;
    }, 50);
  };

  form.addEventListener("submit", async (event) => {
    const button = event.submitter;
    if (form.dataset.sendNormally || !button || !button.hasAttribute("data-lo-my-list-toggle")) {
      return;
    }
    event.preventDefault();
    try {
      const response = await fetch(button.formAction, {
        method: "POST",
        body: new FormData(form, button),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      const answer = await response.json(); // a refusal (a full list) has JSON too
      if (typeof answer.message !== "string") throw new Error(String(response.status));
      show(button.value, answer);
    } catch {
      form.dataset.sendNormally = "true";
      form.requestSubmit(button);
    }
  });
}

// "Copy link" for a shared list, where the browser lets a page copy. Without
// it the link is in a read-only box to select, and a plain link beside it.
for (const share of document.querySelectorAll('[data-module="lo-copy-link"]')) {
  const input = share.querySelector("input");
  const button = share.querySelector("[data-lo-copy]");
  const status = share.querySelector("[data-lo-copy-status]");
  input?.addEventListener("focus", () => input.select());
  if (!navigator.clipboard || !input || !button) continue;
  button.hidden = false;
  const say = (words) => {
    status.textContent = "";
    window.setTimeout(() => {
      status.textContent = words;
    }, 50);
  };
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      say("Link copied. You can now paste it into a message or email.");
    } catch {
      input.select();
      say("The link could not be copied. It is selected: copy it with your keyboard or menu.");
    }
  });
}

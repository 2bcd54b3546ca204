// A form marked data-submit-once is sent once: its submit buttons are disabled the moment it goes, and a second submit
// (a double click, Enter pressed twice) is dropped. The form's idempotency key makes a second post harmless anyway; this
// spares the complainant a second round trip. Listening on the document also covers pages reached by enhanced navigation.
(() => {
    document.addEventListener("submit", event => {
        const form = event.target;
        if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-submit-once")) {
            return;
        }

        if (form.dataset.submitting) {
            event.preventDefault();
            return;
        }

        form.dataset.submitting = "true";
        // Disabled after this event, so the form still goes with its submitter.
        setTimeout(() => form.querySelectorAll("button[type=submit]").forEach(button => button.disabled = true));
    });

    // A page restored from the back/forward cache comes back as it was left: sent and disabled.
    window.addEventListener("pageshow", event => {
        if (!event.persisted) {
            return;
        }

        document.querySelectorAll("form[data-submit-once][data-submitting]").forEach(form => {
            delete form.dataset.submitting;
            form.querySelectorAll("button[type=submit]").forEach(button => button.disabled = false);
        });
    });
})();

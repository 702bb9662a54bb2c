// The filter box of a "choose several" list (cen_portal.forms.ChooseSeveral): typing narrows the
// checkboxes to those whose names contain the words, accents and case aside, and opens the
// groups that still have some. The list works without this script; it only adds the filter.
(function () {
    "use strict";

    function fold(text) {
        return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
    }

    function chosenText(control, count) {
        if (!count) return "";
        return count === 1 ? control.dataset.chosenOne : control.dataset.chosenMany.replace("%s", count);
    }

    function enhance(control) {
        control.dataset.chooseSeveral = "ready";  // the script may be included once per list
        var filter = control.querySelector("[data-choose-several-filter]");
        var status = control.querySelector("[data-choose-several-status]");
        var groups = Array.prototype.slice.call(control.querySelectorAll("[data-choose-several-group]"));
        filter.parentNode.hidden = false;

        filter.addEventListener("input", function () {
            var words = fold(filter.value);
            var shown = 0;
            groups.forEach(function (group) {
                var inGroup = 0;
                group.querySelectorAll("li").forEach(function (item) {
                    var matches = !words || fold(item.textContent).indexOf(words) !== -1;
                    item.hidden = !matches;
                    if (matches) inGroup += 1;
                });
                group.hidden = inGroup === 0;
                if (words) group.open = inGroup > 0;
                shown += inGroup;
            });
            status.textContent = words ? control.dataset.shown.replace("%s", shown) : "";
        });
        // Enter in the filter narrows the list; it must not send the whole form.
        filter.addEventListener("keydown", function (event) {
            if (event.key === "Enter") event.preventDefault();
        });
        groups.forEach(function (group) {
            group.addEventListener("change", function () {
                var count = group.querySelectorAll("input[type=checkbox]:checked").length;
                group.querySelector("[data-choose-several-count]").textContent = chosenText(control, count);
            });
        });
    }

    document.querySelectorAll("[data-choose-several]").forEach(function (control) {
        if (control.dataset.chooseSeveral !== "ready") enhance(control);
    });
})();

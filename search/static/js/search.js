// Progressive enhancement: suggest titles while typing. The search works without it.
(function () {
  var input = document.getElementById("id_q");
  var list = document.getElementById("search-suggestions");
  if (!input || !list || !window.fetch) return;
  var timer = null;
  var latest = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var text = input.value.trim();
    if (text.length < 2) { list.replaceChildren(); return; }
    timer = setTimeout(function () {
      latest = text;
      fetch(input.dataset.autocompleteUrl + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) {
          if (text !== latest) return;
          list.replaceChildren.apply(list, data.suggestions.map(function (suggestion) {
            var option = document.createElement("option");
            option.value = suggestion.title;
            return option;
          }));
        })
        .catch(function () { list.replaceChildren(); });
    }, 200);
  });
})();

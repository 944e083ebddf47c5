(function () {
  "use strict";
  var PAGE = {{ r.page_size }};
  var ids = ["f-story", "f-kind", "f-severity", "f-state"];
  var stories = Array.prototype.slice.call(document.querySelectorAll("details.story"));
  var cards = stories.map(function (s) {
    return Array.prototype.slice.call(s.querySelectorAll("article.conflict"));
  });
  var limits = stories.map(function () { return PAGE; });

  function value(id) { return document.getElementById(id).value; }

  function matches(card, f) {
    if (f.kind && card.dataset.kind !== f.kind) return false;
    if (f.severity && card.dataset.severity !== f.severity) return false;
    if (f.state === "active") return card.dataset.state !== "dismissed";
    return !f.state || card.dataset.state === f.state;
  }

  function apply() {
    var f = { story: value("f-story"), kind: value("f-kind"), severity: value("f-severity"), state: value("f-state") };
    var shown = 0, total = 0;
    stories.forEach(function (story, i) {
      var hit = 0;
      var storyOn = !f.story || story.dataset.story === f.story;
      cards[i].forEach(function (card) {
        var ok = storyOn && matches(card, f);
        if (ok) hit++;
        card.hidden = !ok || hit > limits[i];
      });
      total += hit;
      shown += Math.min(hit, limits[i]);
      var filtering = f.kind || f.severity || f.state !== "active";
      story.hidden = !storyOn || (filtering && hit === 0);
      var count = story.querySelector(".count");
      if (count) count.textContent = hit;
      var more = story.querySelector("button.more");
      var note = story.querySelector(".page-note");
      if (more) {
        more.hidden = hit <= limits[i];
        more.textContent = "Show " + Math.min(PAGE, hit - limits[i]) + " more";
        note.textContent = hit > limits[i] ? "showing " + limits[i] + " of " + hit : "";
      }
    });
    document.getElementById("shown").textContent = "showing " + shown + " of " + total + " conflicts";
  }

  stories.forEach(function (story, i) {
    var more = story.querySelector("button.more");
    if (more) more.addEventListener("click", function () { limits[i] += PAGE; apply(); });
  });
  ids.forEach(function (id) {
    document.getElementById(id).addEventListener("change", function () {
      limits = stories.map(function () { return PAGE; });
      apply();
    });
  });
  // The steps of each decision are kept in an attribute and listed when first opened:
  // thousands of conflicts stay cheap to load.
  document.addEventListener("toggle", function (event) {
    var why = event.target;
    if (!why.classList || !why.classList.contains("why") || !why.open || why.querySelector("ol")) return;
    var list = document.createElement("ol");
    why.dataset.steps.split("\n").forEach(function (step) {
      var item = document.createElement("li");
      item.textContent = step;
      list.appendChild(item);
    });
    why.appendChild(list);
  }, true);
  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    if (target && target.classList.contains("conflict")) {
      var story = target.closest("details.story");
      var i = stories.indexOf(story);
      if (i >= 0) { limits[i] = cards[i].indexOf(target) + PAGE; story.open = true; }
    }
  }
  apply();
})();

(function () {
  "use strict";
  // Outline every highlighted piece of the claim under the pointer, under focus or in
  // the address bar's #fragment: claims overlap, and this shows where one of them lies.
  var current = null;
  var lit = [];
  function light(id) {
    if (id === current) { return; }
    current = id;
    lit.forEach(function (el) { el.classList.remove("lit"); });
    lit = [];
    if (!id) { return; }
    var pieces = document.querySelectorAll("mark[data-claims]");
    for (var i = 0; i < pieces.length; i++) {
      if (pieces[i].getAttribute("data-claims").split(" ").indexOf(id) >= 0) {
        pieces[i].classList.add("lit");
        lit.push(pieces[i]);
      }
    }
  }
  function fromHash() {
    var target = null;
    try {
      target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch (error) {
      target = null;
    }
    light(target ? target.getAttribute("data-claim") : null);
  }
  function follow(event) {
    var owner = event.target.closest ? event.target.closest("[data-claim]") : null;
    if (owner) { light(owner.getAttribute("data-claim")); } else { fromHash(); }
  }
  document.addEventListener("mouseover", follow);
  document.addEventListener("focusin", follow);
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();

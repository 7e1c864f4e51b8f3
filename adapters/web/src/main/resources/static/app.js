// The schedule page's progressive enhancement: the page is complete without this file.
// 1. Each sitting gets the viewer's own time next to New York time.
// 2. The subscribe form shows the chosen link at once instead of going through /subscribe.
(function () {
  "use strict";
  var NEW_YORK = "America/New_York";

  function zoneName(zone) {
    var slash = zone.lastIndexOf("/");
    return (slash < 0 ? zone : zone.slice(slash + 1)).replace(/_/g, " ");
  }

  function clock(date, zone) {
    return new Intl.DateTimeFormat("en-GB", {
      hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone
    }).format(date);
  }

  function day(date, zone) {
    return new Intl.DateTimeFormat("en-GB", {
      weekday: "short", day: "numeric", month: "short", timeZone: zone
    }).format(date);
  }

  function localTimes(zone) {
    var label = zoneName(zone);
    document.querySelectorAll(".sittings li[data-start]").forEach(function (item) {
      var start = new Date(item.getAttribute("data-start"));
      var end = new Date(item.getAttribute("data-end"));
      var text = clock(start, zone) + "–" + clock(end, zone);
      // The day is named when it is not the New York day: "00:00–03:00 (Wed 20 Nov) Tokyo",
      // and when the sitting ends on the next one: "21:00–00:00 (ends Wed 20 Nov) Vienna".
      if (day(start, zone) !== day(start, NEW_YORK)) {
        text += " (" + day(start, zone) + ")";
      } else if (day(end, zone) !== day(start, zone)) {
        text += " (ends " + day(end, zone) + ")";
      }
      var local = item.querySelector(".local");
      local.textContent = text + " " + label;
      local.title = "Your time (" + zone + ")";
      local.hidden = false;
    });
    var note = document.getElementById("zone-local");
    if (note) {
      note.textContent = " Your own time (" + label + ") is shown next to it.";
    }
  }

  function chooser() {
    var form = document.querySelector("form.chooser");
    if (!form) {
      return;
    }
    var input = document.getElementById("feed-url");
    var open = document.getElementById("open");
    var go = document.getElementById("go");
    var names = {
      outlook: "Subscribe in Outlook",
      google: "Subscribe in Google Calendar",
      apple: "Subscribe in Apple Calendar",
      other: "Download the .ics"
    };

    // Each feed's links come from the server, in data attributes: one source of truth.
    function update() {
      var feed = form.querySelector("input[name=feed]:checked");
      var app = form.querySelector("input[name=app]:checked").value;
      input.value = feed.getAttribute("data-other");
      open.href = feed.getAttribute("data-" + app);
      open.textContent = names[app];
      var copied = input.parentNode.querySelector("button");
      if (copied) {
        copied.textContent = "Copy";
      }
    }

    go.hidden = true;
    open.hidden = false;
    if (navigator.clipboard) {
      var copy = document.createElement("button");
      copy.type = "button";
      copy.className = "button";
      copy.textContent = "Copy";
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(input.value).then(function () {
          copy.textContent = "Copied";
        });
      });
      input.parentNode.appendChild(copy);
    }
    form.addEventListener("change", update);
    input.addEventListener("focus", function () { input.select(); });
    update();
  }

  var zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (e) {
    zone = "";
  }
  if (zone && zone !== NEW_YORK) {
    localTimes(zone);
  } else if (zone === NEW_YORK) {
    var note = document.getElementById("zone-local");
    if (note) {
      note.textContent = " That is your own time too.";
    }
  }
  chooser();
})();

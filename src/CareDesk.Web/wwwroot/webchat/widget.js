// CareDesk web chat widget. Embed on a brand's site with one tag:
//   <script src="https://caredesk.example/webchat/widget.js" data-channel="webchat-respiro-uk" defer></script>
// It shows a chat button; the chat opens with the pre-chat notice, which the visitor accepts or declines before typing.
// Declining still opens the chat (R41: refusing consent never blocks reporting a side effect); it only withholds
// private follow-up contact, and the messages are still screened for adverse events.
// Everything lives in a shadow root so the brand's CSS and the widget's never meet; text is only ever set with
// textContent, never parsed as HTML.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var channel = script.getAttribute("data-channel");
  var base = new URL(".", script.src).href;          // .../webchat/
  var hubUrl = new URL("../hubs/webchat", base).href;
  var storageKey = "caredesk.webchat." + channel;

  var host = document.createElement("div");
  host.setAttribute("data-caredesk-webchat", channel || "");
  var root = host.attachShadow({ mode: "open" });
  root.innerHTML =
    "<style>" +
    ".launcher{position:fixed;right:20px;bottom:20px;padding:12px 18px;border:0;border-radius:24px;background:#1d4ed8;color:#fff;font:15px sans-serif;cursor:pointer;z-index:2147483000}" +
    ".panel{position:fixed;right:20px;bottom:76px;width:340px;max-height:520px;display:flex;flex-direction:column;background:#fff;border:1px solid #cbd5e1;border-radius:10px;box-shadow:0 8px 24px rgba(0,0,0,.18);font:14px sans-serif;color:#0f172a;z-index:2147483000}" +
    ".panel[hidden]{display:none}.head{padding:10px 14px;background:#1d4ed8;color:#fff;border-radius:10px 10px 0 0;font-weight:600}" +
    ".notice{margin:10px;padding:10px;background:#fef9c3;border:1px solid #facc15;border-radius:6px}.notice button{margin-top:8px}" +
    ".log{flex:1;overflow-y:auto;padding:10px;min-height:120px}.msg{margin:6px 0;padding:8px 10px;border-radius:8px;max-width:85%;white-space:pre-wrap;word-wrap:break-word}" +
    ".visitor{background:#dbeafe;margin-left:auto}.agent{background:#f1f5f9}.status{color:#b91c1c;padding:0 10px;min-height:1em}" +
    "form{display:flex;gap:6px;padding:10px;border-top:1px solid #e2e8f0}textarea{flex:1;resize:none;height:44px;font:inherit}" +
    "</style>" +
    "<button class='launcher' type='button'>Chat</button>" +
    "<section class='panel' role='dialog' aria-label='Chat' hidden>" +
    "<div class='head'></div>" +
    "<div class='notice' role='alert'><p class='notice-text'></p><button class='accept' type='button'>I understand</button> <button class='decline' type='button'>Decline</button></div>" +
    "<div class='log' aria-live='polite'></div><div class='status'></div>" +
    "<form><textarea aria-label='Your message' disabled></textarea><button class='send' type='submit' disabled>Send</button></form>" +
    "</section>";

  var launcher = root.querySelector(".launcher"), panel = root.querySelector(".panel");
  var head = root.querySelector(".head"), notice = root.querySelector(".notice");
  var noticeText = root.querySelector(".notice-text"), accept = root.querySelector(".accept"), decline = root.querySelector(".decline");
  var log = root.querySelector(".log"), status = root.querySelector(".status");
  var form = root.querySelector("form"), input = root.querySelector("textarea"), send = root.querySelector(".send");
  // ready: the client script loaded, the hub connected and the settings read. The notice's buttons are there at once, so
  // an answer given before that waits for it instead of being lost (and leaving the text box closed).
  var connection = null, ready = null, answered = false, consented = false, maxLength = 2000;

  function show(text, who) {
    var item = document.createElement("div");
    item.className = "msg " + who;
    item.textContent = text;
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  function fail(error) {
    status.textContent = "Chat is unavailable right now. " + ((error && error.message) || "");
  }

  function loadSignalR() {
    if (window.signalR) { return Promise.resolve(); }
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = new URL("signalr.min.js", base).href;
      tag.onload = resolve;
      tag.onerror = function () { reject(new Error("The chat client could not be loaded.")); };
      document.head.appendChild(tag);
    });
  }

  // A session survives a page reload within the tab, so the visitor keeps one conversation (one case).
  function startSession() {
    return connection.invoke("StartSession", channel, consented, sessionStorage.getItem(storageKey)).then(function (session) {
      sessionStorage.setItem(storageKey, session.sessionId);
      input.disabled = false;
      send.disabled = false;
      input.focus();
    });
  }

  function connect() {
    connection = new window.signalR.HubConnectionBuilder()
      .withUrl(hubUrl, { withCredentials: false })
      .withAutomaticReconnect()
      .build();
    connection.on("agentMessage", function (id, text) { show(text, "agent"); });
    connection.onreconnected(function () { if (answered) { startSession().catch(fail); } });
    return connection.start().then(function () { return connection.invoke("GetSettings", channel); }).then(function (settings) {
      head.textContent = settings.title;
      noticeText.textContent = settings.preChatNotice;
      maxLength = settings.maxMessageLength;
      input.maxLength = maxLength;
    });
  }

  launcher.addEventListener("click", function () {
    panel.hidden = !panel.hidden;
    if (!panel.hidden && !ready) {
      ready = loadSignalR().then(connect);
      ready.catch(fail);
    }
  });

  function answer(consent) {
    if (!ready || answered) { return; }
    answered = true;
    consented = consent;
    notice.hidden = true;
    if (!consent) {
      status.textContent = "You declined. You can still write to us; we will not contact you privately.";
    }
    ready.then(startSession).catch(fail);
  }

  accept.addEventListener("click", function () { answer(true); });
  decline.addEventListener("click", function () { answer(false); });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text || !answered) { return; }
    send.disabled = true;
    connection.invoke("SendMessage", text).then(function () {
      show(text, "visitor");
      input.value = "";
      status.textContent = "";
    }).catch(fail).then(function () { send.disabled = false; });
  });

  if (document.body) {
    document.body.appendChild(host);
  } else {
    document.addEventListener("DOMContentLoaded", function () { document.body.appendChild(host); });
  }
})();

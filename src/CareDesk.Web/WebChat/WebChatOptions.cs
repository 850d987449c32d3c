namespace CareDesk.Web.WebChat;

/// <summary>What the chat widget shows and who may embed it, bound from the "WebChat" configuration section.</summary>
public sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    public string Title { get; set; } = "Chat with us";

    /// <summary>Shown before the first message; the visitor accepts or declines it before the text box opens; declining never blocks a side-effect report (R41).</summary>
    public string PreChatNotice { get; set; } =
        "Please do not share personal health information here. To report a side effect, call 0800 000 0000. "
        + "Messages in this chat are screened for safety reporting.";

    /// <summary>The version of the notice text, kept with every answer in the consent ledger (R41); bump it when the text changes.</summary>
    public string PreChatNoticeVersion { get; set; } = "v2";

    /// <summary>Brand sites allowed to embed the widget (CORS for the hub's negotiation); the CareDesk origin itself always is.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    public int MaxMessageLength { get; set; } = 2000;
}

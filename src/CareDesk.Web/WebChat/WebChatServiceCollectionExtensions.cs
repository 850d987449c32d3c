using CareDesk.Application.Connectors;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace CareDesk.Web.WebChat;

public static class WebChatServiceCollectionExtensions
{
    public const string CorsPolicy = "webchat";

    /// <summary>SignalR, the widget's settings, CORS for the brands' sites, and web chat as a channel connector.</summary>
    public static IServiceCollection AddCareDeskWebChat(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName);
        services.AddCors();
        // No credentials: the widget sends no cookies, so a brand site can never act as a signed-in agent.
        services.AddOptions<CorsOptions>().Configure<IOptions<WebChatOptions>>((cors, chat) => cors.AddPolicy(
            CorsPolicy, policy => policy.WithOrigins(chat.Value.AllowedOrigins).AllowAnyHeader().WithMethods("GET", "POST")));
        services.AddSingleton<IChannelConnector, WebChatConnector>();
        return services;
    }

    public static IEndpointRouteBuilder MapCareDeskWebChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<WebChatHub>(WebChatHub.Path).AllowAnonymous().RequireCors(CorsPolicy);
        return endpoints;
    }
}

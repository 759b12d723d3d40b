using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OutreachBot.Protocol.Connector;
using OutreachBot.Protocol.Hosting;
using OutreachBot.Protocol.Invokes;

namespace OutreachBot.Bench;

/// <summary>
/// Our side of the bench: the protocol layer as a host wires it (<c>AddBotProtocol</c> + <c>MapBotMessages</c>) on
/// Kestrel, in the Production environment with the host's logging levels and authentication on against the bench's
/// metadata server. Runs in its own process (<c>serve-ours</c>), as the reference runs in node.
/// </summary>
internal static class OursBot
{
    public static async Task<int> RunAsync(int port, string metadataBaseUrl)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // As src/OutreachBot.Host/appsettings.json.
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
            ["Bot:AppId"] = LocalServers.AppId,
            ["Bot:Authentication:BotFrameworkMetadataUrl"] = $"{metadataBaseUrl}/botframework/.well-known/openidconfiguration",
            ["Bot:Authentication:EntraMetadataUrl"] = $"{metadataBaseUrl}/entra/v2.0/.well-known/openid-configuration",
            ["Bot:Authentication:RequireHttpsMetadata"] = "false",
            ["Connector:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        });
        builder.Services.AddBotProtocol<EchoHandler>();
        // The stub connector checks no token (and there is no secret to get one with).
        builder.Services.AddSingleton<IConnectorTokenProvider, NoConnectorTokenProvider>();

        await using var app = builder.Build();
        app.MapBotMessages();
        await app.RunAsync();
        return 0;
    }
}

/// <summary>What a real handler does, cheaply: echo a message in the background; answer a card action with a card.</summary>
public sealed class EchoHandler : ActivityHandler
{
    private static readonly JsonObject Card = JsonNode.Parse("""
        {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
         "body":[{"type":"TextBlock","text":"Done.","wrap":true}]}
        """)!.AsObject();

    protected override async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SendAsync(turn.CreateReply($"Echo: {turn.Activity.Text}"), cancellationToken);
    }

    protected override Task<InvokeResponse> OnAdaptiveCardActionAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponses.Card((JsonObject)Card.DeepClone()));
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using OutreachBot.Host.Tests.Infrastructure;

namespace OutreachBot.Host.Tests.Hosting;

/// <summary>
/// A bot started in Production with only the three settings an IT person must give starts, and refuses every request
/// that lacks a valid token (no handler runs: nothing is posted, nothing stored).
/// </summary>
public sealed class ProductionStartTests : IAsyncLifetime
{
    private const string Activity = """
        {"type":"message","id":"1","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/amer/",
         "conversation":{"id":"a:1"},"from":{"id":"29:x"},"recipient":{"id":"28:y"},"text":"summary"}
        """;

    private readonly ProductionBot _bot = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _bot.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task Production_WithOnlyAppIdTenantAndStorage_StartsAndIsHealthy()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoiMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDExIn0.")]
    public async Task Production_RejectsARequestWithoutAValidToken(string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Activity, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void Production_WithAuthenticationDisabled_RefusesToStart()
    {
        using var bot = new ProductionBot(new Dictionary<string, string?> { ["Bot:Authentication:Disabled"] = "true" });

        var failure = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.Contains("Bot:Authentication:Disabled", failure.ToString(), StringComparison.Ordinal);
    }

    private sealed class ProductionBot(IDictionary<string, string?>? extra = null) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            var settings = new Dictionary<string, string?>
            {
                ["Bot:AppId"] = "00000000-0000-0000-0000-000000000011",
                ["Bot:TenantId"] = "00000000-0000-0000-0000-000000000001",
                ["Storage:ConnectionString"] = LocalStack.TablesConnectionString,
            };
            foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            {
                settings[key] = value;
            }

            builder.UseEnvironment("Production");
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        }
    }
}

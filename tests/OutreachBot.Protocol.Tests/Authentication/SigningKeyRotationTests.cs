using Microsoft.Extensions.DependencyInjection;
using OutreachBot.Protocol.Authentication;
using static OutreachBot.Protocol.Tests.Authentication.TestTokens;

namespace OutreachBot.Protocol.Tests.Authentication;

/// <summary>Each test owns its metadata server, because these tests change the published keys.</summary>
public sealed class SigningKeyRotationTests : IAsyncLifetime
{
    private readonly TestSigningKey _firstKey = new("bf-rotation-1", "msteams");
    private readonly TestSigningKey _nextKey = new("bf-rotation-2", "msteams");
    private MetadataServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await MetadataServer.StartAsync();
        _server.PublishBotFrameworkKey(_firstKey);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _firstKey.Dispose();
        _nextKey.Dispose();
    }

    [Fact]
    public async Task Validate_WhenNewKeyPublishedAfterFirstValidation_AcceptsItWithoutRestart()
    {
        var clock = AuthenticationServices.NewClock();
        using var services = AuthenticationServices.Build(_server, clock);
        var validator = services.GetRequiredService<IInboundTokenValidator>();
        var first = await validator.ValidateAsync(
            Bearer(Create(_firstKey.Credentials, clock.GetUtcNow())), Channel, ServiceUrl, CancellationToken.None);
        Assert.Equal(200, first.StatusCode);

        _server.PublishBotFrameworkKey(_nextKey);
        var rotated = await validator.ValidateAsync(
            Bearer(Create(_nextKey.Credentials, clock.GetUtcNow())), Channel, ServiceUrl, CancellationToken.None);

        Assert.Equal(200, rotated.StatusCode);
        Assert.Equal(2, _server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task Validate_WhenUnknownKeyIdsRepeat_RefreshesKeysOncePerInterval()
    {
        var clock = AuthenticationServices.NewClock();
        using var services = AuthenticationServices.Build(_server, clock);
        var validator = services.GetRequiredService<IInboundTokenValidator>();
        var forged = Bearer(Create(_nextKey.Credentials, clock.GetUtcNow()));

        var firstAttempt = await validator.ValidateAsync(forged, Channel, ServiceUrl, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));
        var secondAttempt = await validator.ValidateAsync(forged, Channel, ServiceUrl, CancellationToken.None);

        Assert.Equal(401, firstAttempt.StatusCode);
        Assert.Equal(401, secondAttempt.StatusCode);
        Assert.Equal(2, _server.BotFrameworkKeyFetches); // the first fetch and one refresh, not one per request
    }
}

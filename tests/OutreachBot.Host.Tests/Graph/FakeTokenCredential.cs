using Azure.Core;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>Hands out the fake server's token, so requests go through the real Azure.Identity authentication provider.</summary>
public sealed class FakeTokenCredential : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(FakeGraphServer.Token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}

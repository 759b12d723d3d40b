using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutreachBot.Protocol.Authentication;
using static OutreachBot.Protocol.Tests.Authentication.TestTokens;

namespace OutreachBot.Protocol.Tests.Authentication;

public sealed class InboundTokenValidatorTests(MetadataServerFixture fixture)
    : IClassFixture<MetadataServerFixture>, IDisposable
{
    private readonly FakeTimeProvider _clock = AuthenticationServices.NewClock();
    private ServiceProvider? _services;

    private DateTimeOffset Now => _clock.GetUtcNow();

    [Fact]
    public async Task Validate_WhenBotFrameworkTokenEndorsedForTeams_Returns200WithIdentity()
    {
        var result = await ValidateAsync(Bearer(Create(fixture.BotFrameworkKey.Credentials, Now)));

        Assert.Equal(200, result.StatusCode);
        Assert.True(result.Succeeded);
        Assert.Null(result.Failure);
        Assert.Equal(BotFrameworkIssuer, result.Identity?.FindFirst("iss")?.Value);
    }

    [Fact]
    public async Task Validate_WhenEntraV1TokenFromBotServiceTenant_Returns200()
    {
        var token = Create(fixture.EntraKey.Credentials, Now,
            issuer: EntraV1Issuer(BotServiceTenantId), tenantId: BotServiceTenantId);

        var result = await ValidateAsync(Bearer(token));

        Assert.Equal(200, result.StatusCode);
    }

    [Fact]
    public async Task Validate_WhenEntraV2TokenFromClinicTenantForApiAudience_Returns200()
    {
        var token = Create(fixture.EntraKey.Credentials, Now, issuer: EntraV2Issuer(ClinicTenantId),
            audience: $"api://{AppId}", serviceUrl: null, tenantId: ClinicTenantId);

        var result = await ValidateAsync(Bearer(token));

        Assert.Equal(200, result.StatusCode);
    }

    [Fact]
    public async Task Validate_WhenEntraTokenFromAllowedTenant_Returns200()
    {
        var token = Create(fixture.EntraKey.Credentials, Now, issuer: EntraV2Issuer(OtherTenantId), tenantId: OtherTenantId);

        var result = await ValidateAsync(Bearer(token), overrides: new() { ["Bot:AllowedTenantIds:0"] = OtherTenantId });

        Assert.Equal(200, result.StatusCode);
    }

    [Fact]
    public async Task Validate_WhenTokenExpired_Returns401()
    {
        var token = Create(fixture.BotFrameworkKey.Credentials, Now,
            notBefore: Now.AddHours(-2), expires: Now.AddMinutes(-6));

        await AssertRejectedAsync(401, "token expired", token);
    }

    [Fact]
    public async Task Validate_WhenExpiredWithinClockSkew_Returns200()
    {
        var token = Create(fixture.BotFrameworkKey.Credentials, Now,
            notBefore: Now.AddHours(-2), expires: Now.AddMinutes(-4));

        var result = await ValidateAsync(Bearer(token));

        Assert.Equal(200, result.StatusCode);
    }

    [Fact]
    public async Task Validate_WhenTokenNotYetValid_Returns401()
    {
        var token = Create(fixture.BotFrameworkKey.Credentials, Now,
            notBefore: Now.AddMinutes(10), expires: Now.AddHours(1));

        await AssertRejectedAsync(401, "token not yet valid", token);
    }

    [Fact]
    public async Task Validate_WhenAudienceIsAnotherApp_Returns401()
    {
        var token = Create(fixture.BotFrameworkKey.Credentials, Now, audience: "0f0e0d0c-0b0a-0908-0706-050403020100");

        await AssertRejectedAsync(401, "audience is not the bot's app id", token);
    }

    [Fact]
    public async Task Validate_WhenIssuerUnknown_Returns401()
    {
        var token = Create(fixture.BotFrameworkKey.Credentials, Now, issuer: "https://api.botframework.com.evil.example");

        await AssertRejectedAsync(401, "issuer not trusted", token);
    }

    [Fact]
    public async Task Validate_WhenEntraTenantNotAllowed_Returns401()
    {
        var token = Create(fixture.EntraKey.Credentials, Now, issuer: EntraV2Issuer(OtherTenantId), tenantId: OtherTenantId);

        await AssertRejectedAsync(401, "issuer tenant not allowed", token);
    }

    [Fact]
    public async Task Validate_WhenTidDiffersFromIssuerTenant_Returns401()
    {
        var token = Create(fixture.EntraKey.Credentials, Now, issuer: EntraV1Issuer(BotServiceTenantId), tenantId: ClinicTenantId);

        await AssertRejectedAsync(401, "tid claim does not match the issuer's tenant", token);
    }

    [Fact]
    public async Task Validate_WhenSigningKeyUnknown_Returns401()
    {
        var token = Create(fixture.UnpublishedKey.Credentials, Now);

        await AssertRejectedAsync(401, "signing key not found", token);
    }

    [Fact]
    public async Task Validate_WhenBotFrameworkIssuerSignedWithEntraKey_Returns401()
    {
        var token = Create(fixture.EntraKey.Credentials, Now);

        await AssertRejectedAsync(401, "signing key not found", token);
    }

    [Fact]
    public async Task Validate_WhenPayloadTampered_Returns401()
    {
        var token = Create(fixture.BotFrameworkKey.Credentials, Now, audience: "0f0e0d0c-0b0a-0908-0706-050403020100");
        var tampered = WithPayload(token, DecodePayload(token).Replace("0f0e0d0c-0b0a-0908-0706-050403020100", AppId, StringComparison.Ordinal));

        await AssertRejectedAsync(401, "signature invalid", tampered);
    }

    [Fact]
    public async Task Validate_WhenAlgIsNone_Returns401()
    {
        var token = Unsigned(Create(fixture.BotFrameworkKey.Credentials, Now), fixture.BotFrameworkKey.KeyId);

        await AssertRejectedAsync(401, "token algorithm is not RS256", token);
    }

    [Fact]
    public async Task Validate_WhenHs256SignedWithPublicKeyBytes_Returns401()
    {
        var hmacKey = new SymmetricSecurityKey(fixture.BotFrameworkKey.PublicKeyBytes) { KeyId = fixture.BotFrameworkKey.KeyId };
        var token = Create(new SigningCredentials(hmacKey, SecurityAlgorithms.HmacSha256), Now);
        Assert.Equal("HS256", new JsonWebToken(token).Alg);

        await AssertRejectedAsync(401, "token algorithm is not RS256", token);
    }

    [Fact]
    public async Task Validate_WhenKeyNotEndorsedForMsteams_Returns403()
    {
        var token = Create(fixture.WebChatOnlyKey.Credentials, Now);

        await AssertRejectedAsync(403, "signing key is not endorsed for the activity's channel", token);
    }

    [Fact]
    public async Task Validate_WhenChannelIdIsWebChat_AcceptsKeyEndorsedForWebChat()
    {
        var token = Create(fixture.WebChatOnlyKey.Credentials, Now);

        var result = await ValidateAsync(Bearer(token), channelId: "webchat");

        Assert.Equal(200, result.StatusCode);
    }

    [Fact]
    public async Task Validate_WhenServiceUrlDiffers_Returns401()
    {
        var token = Create(fixture.BotFrameworkKey.Credentials, Now, serviceUrl: "https://smba.trafficmanager.net/emea/");

        await AssertRejectedAsync(401, "serviceurl claim does not match the activity's serviceUrl", token);
    }

    [Fact]
    public async Task Validate_WhenServiceUrlDiffersOnlyInCaseAndTrailingSlash_Returns200()
    {
        var token = Create(fixture.BotFrameworkKey.Credentials, Now);

        var result = await ValidateAsync(Bearer(token), serviceUrl: ServiceUrl.TrimEnd('/').ToUpperInvariant());

        Assert.Equal(200, result.StatusCode);
    }

    [Fact]
    public async Task Validate_WhenBotFrameworkTokenHasNoServiceUrl_Returns401()
    {
        var token = Create(fixture.BotFrameworkKey.Credentials, Now, serviceUrl: null);

        await AssertRejectedAsync(401, "serviceurl claim missing", token);
    }

    [Fact]
    public async Task Validate_WhenEntraTokenServiceUrlDiffers_Returns401()
    {
        var token = Create(fixture.EntraKey.Credentials, Now, issuer: EntraV2Issuer(ClinicTenantId),
            tenantId: ClinicTenantId, serviceUrl: "https://attacker.example/");

        await AssertRejectedAsync(401, "serviceurl claim does not match the activity's serviceUrl", token);
    }

    [Theory]
    [InlineData(null, "Authorization header missing")]
    [InlineData("", "Authorization header missing")]
    [InlineData("Bearer", "Bearer token missing")]
    [InlineData("Bearer   ", "Bearer token missing")]
    [InlineData("Bearer not-a-jwt", "token is not a well-formed JWT")]
    public async Task Validate_WhenHeaderMissingOrMalformed_Returns401(string? header, string failure)
    {
        var result = await ValidateAsync(header);

        Assert.Equal(401, result.StatusCode);
        Assert.Equal(failure, result.Failure);
        Assert.Null(result.Identity);
    }

    [Fact]
    public async Task Validate_WhenSchemeIsBasic_Returns401()
    {
        var token = Create(fixture.BotFrameworkKey.Credentials, Now);

        var result = await ValidateAsync($"Basic {token}");

        Assert.Equal(401, result.StatusCode);
        Assert.Equal("Authorization scheme is not Bearer", result.Failure);
    }

    [Fact]
    public async Task Validate_WhenSchemeIsLowercaseBearer_Returns200()
    {
        var result = await ValidateAsync($"bearer {Create(fixture.BotFrameworkKey.Credentials, Now)}");

        Assert.Equal(200, result.StatusCode);
    }

    [Fact]
    public async Task Validate_WhenMetadataUnreachable_Returns401()
    {
        var token = Create(fixture.BotFrameworkKey.Credentials, Now);
        var overrides = new Dictionary<string, string?>
        {
            ["Bot:Authentication:BotFrameworkMetadataUrl"] = $"{fixture.Server.BaseUrl}/missing/.well-known/openidconfiguration",
        };

        var result = await ValidateAsync(Bearer(token), overrides: overrides);

        Assert.Equal(401, result.StatusCode);
        Assert.Equal("signing keys unavailable", result.Failure);
    }

    [Fact]
    public async Task Validate_WhenDisabledInDevelopment_AcceptsEveryRequest()
    {
        var overrides = new Dictionary<string, string?> { ["Bot:Authentication:Disabled"] = "true" };

        var noHeader = await ValidateAsync(null, overrides: overrides, environment: "Development");
        var basic = await ValidateAsync("Basic dXNlcjpwYXNz", overrides: overrides, environment: "Development");

        Assert.Equal(200, noHeader.StatusCode);
        Assert.Equal(200, basic.StatusCode);
    }

    public void Dispose() => _services?.Dispose();

    private async Task AssertRejectedAsync(int statusCode, string failure, string token)
    {
        var result = await ValidateAsync(Bearer(token));

        Assert.Equal(statusCode, result.StatusCode);
        Assert.False(result.Succeeded);
        Assert.Equal(failure, result.Failure);
        Assert.Null(result.Identity);
        Assert.DoesNotContain(token.Split('.')[1], result.Failure, StringComparison.Ordinal);
    }

    private Task<InboundAuthResult> ValidateAsync(
        string? header, string channelId = Channel, string serviceUrl = ServiceUrl,
        Dictionary<string, string?>? overrides = null, string environment = "Production")
    {
        _services?.Dispose();
        _services = AuthenticationServices.Build(fixture.Server, _clock, environment, overrides);
        var validator = _services.GetRequiredService<IInboundTokenValidator>();
        return validator.ValidateAsync(header, channelId, serviceUrl, CancellationToken.None);
    }
}

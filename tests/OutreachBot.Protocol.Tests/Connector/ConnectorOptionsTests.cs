using Microsoft.Extensions.Options;
using OutreachBot.Protocol.Connector;

namespace OutreachBot.Protocol.Tests.Connector;

public sealed class ConnectorOptionsTests
{
    [Fact]
    public void Validate_WhenNoAllowedHostsConfigured_SucceedsAndAllowsThePublicCloudHosts()
    {
        var options = new ConnectorOptions();

        var result = new DataAnnotationValidateOptions<ConnectorOptions>(null).Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.True(options.IsAllowed(new Uri("https://smba.trafficmanager.net/amer/3f2d8c1e/")));
        Assert.True(options.IsAllowed(new Uri("https://smba.infra.gcc.teams.microsoft.com/teams/")));
        Assert.False(options.IsAllowed(new Uri("https://attacker.example/")));
    }

    [Theory]
    [InlineData("https://api.botframework.com/", true)]
    [InlineData("https://a.b.botframework.com/", true)]
    [InlineData("https://API.BotFramework.com/", true)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("https://smba.trafficmanager.net@evil.example/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://x.smba.trafficmanager.net/", false)]
    public void IsAllowed_DotEntryMatchesSubdomainsOthersMatchExactly(string url, bool allowed)
    {
        var options = new ConnectorOptions { AllowedServiceUrlHosts = [".botframework.com", "smba.trafficmanager.net"] };

        Assert.Equal(allowed, options.IsAllowed(new Uri(url)));
    }
}

using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace OutreachBot.Protocol.Tests.Authentication;

public sealed class TestHostEnvironment(string environmentName) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = environmentName;

    public string ApplicationName { get; set; } = "OutreachBot.Tests";

    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}

using Polity.Testing;

namespace Polity.Chain.Tests;

/// <summary>
/// A local anvil for a test class, started through scripts/anvil.sh (<see cref="LocalAnvil"/>) and killed on
/// dispose. It fails (never skips) when anvil cannot start.
/// </summary>
public sealed class AnvilFixture : IAsyncLifetime
{
    /// <summary>anvil's first default account.</summary>
    public static readonly string DeployerKey = LocalAnvil.DevKeys[0];

    /// <summary>anvil's second default account.</summary>
    public static readonly string SecondKey = LocalAnvil.DevKeys[1];

    /// <summary>anvil's third default account.</summary>
    public static readonly string ThirdKey = LocalAnvil.DevKeys[2];

    /// <summary>anvil's chain id.</summary>
    public const long ChainId = LocalAnvil.ChainId;

    private LocalAnvil? _anvil;

    /// <summary>The node's URL.</summary>
    public Uri Url => _anvil!.Url;

    /// <summary>A client signing with the given key.</summary>
    public PolityChainClient Client(string key) => new(Url, key, ChainId);

    /// <inheritdoc />
    public async ValueTask InitializeAsync() =>
        _anvil = await LocalAnvil.StartAsync(Path.Combine(TestPaths.RepositoryRoot, "scripts", "anvil.sh"));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_anvil is not null)
        {
            await _anvil.DisposeAsync();
        }
    }
}

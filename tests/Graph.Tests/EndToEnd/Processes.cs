using System.Diagnostics;
using System.Text;

namespace Graph.Tests.EndToEnd;

/// <summary>What a child process printed and returned.</summary>
internal sealed record ProcessResult(int ExitCode, string StdOut, string StdErr)
{
    public string Output => StdOut + StdErr;
}

/// <summary>Runs child processes: python with networkx, and the CLI (Graph.Cli.dll next to the test assembly).</summary>
internal static class Processes
{
    private static readonly Lazy<string?> NetworkxPython = new(FindNetworkxPython);

    public static ProcessResult Run(string file, IEnumerable<string> args, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        psi.Environment["COLUMNS"] = "400";
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in time");
        }

        return new ProcessResult(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The first of python3 / /usr/bin/python3 that imports networkx; fails the test clearly when none does.</summary>
    public static string Python => NetworkxPython.Value ?? PythonWith("networkx");

    /// <summary>The first of python3 / /usr/bin/python3 that imports <paramref name="module"/>; fails the test naming the Debian package when none does.</summary>
    public static string PythonWith(string module)
    {
        var found = FindPython(module);
        Assert.True(found is not null, $"No python3 with {module} found (tried python3 and /usr/bin/python3): install it with `apt-get install -y python3-{module}`.");
        return found!;
    }

    private static string? FindNetworkxPython() => FindPython("networkx");

    private static string? FindPython(string module)
    {
        foreach (var candidate in new[] { "python3", "/usr/bin/python3" })
        {
            try
            {
                if (Run(candidate, ["-c", $"import {module}"], timeout: TimeSpan.FromMinutes(1)).ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // not installed
            }
        }

        return null;
    }

    /// <summary>Loads a GraphML file with networkx and returns (nodes, edges).</summary>
    public static (int Nodes, int Edges) NetworkxCounts(string graphMlPath)
    {
        const string script = "import sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\nprint(g.number_of_nodes(), g.number_of_edges())\n";
        var r = Run(Python, ["-c", script, graphMlPath]);
        Assert.True(r.ExitCode == 0, $"networkx could not load {graphMlPath}:\n{r.Output}");
        var parts = r.StdOut.Trim().Split(' ');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Runs the CLI (the Graph.Cli.dll copied next to the tests) as its own process.</summary>
    public static ProcessResult Cli(params string[] args)
    {
        var dll = System.IO.Path.Combine(AppContext.BaseDirectory, "Graph.Cli.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project must reference src/Graph.Cli.");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        return Run(dotnet, [dll, .. args]);
    }
}

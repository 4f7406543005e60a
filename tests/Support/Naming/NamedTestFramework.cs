using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

[assembly: TestFramework(typeof(Attention.Tests.Support.Naming.NamedTestFramework))]

namespace Attention.Tests.Support.Naming;

/// <summary>
/// xunit's own framework, except that each test is shown under its name from TestNames.resx (French,
/// English with ATTENTION_LANG=en) instead of its method's: test methods and their attributes stay
/// as they are, and theory arguments are still added after the name.
/// </summary>
public sealed class NamedTestFramework : XunitTestFramework
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(Assembly assembly) =>
        new NamedTestDiscoverer(new XunitTestAssembly(assembly, null, assembly.GetName().Version));

    protected override ITestFrameworkExecutor CreateExecutor(Assembly assembly) =>
        new NamedTestExecutor(new XunitTestAssembly(assembly, null, assembly.GetName().Version));
}

/// <summary>Discovers as xunit does, after giving the test's [Fact] or [Theory] its display name.</summary>
public sealed class NamedTestDiscoverer(IXunitTestAssembly assembly) : XunitTestFrameworkDiscoverer(assembly)
{
    protected override ValueTask<bool> FindTestsForMethod(
        IXunitTestMethod testMethod, ITestFrameworkDiscoveryOptions discoveryOptions, Func<ITestCase, ValueTask<bool>> discoveryCallback)
    {
        // The attribute is this method's own instance (read by reflection for this discovery): xunit
        // takes a [Fact]'s DisplayName as the base of the test case's name. An explicit one is kept.
        if (testMethod.FactAttributes.FirstOrDefault() is FactAttribute { DisplayName: null } fact
            && DisplayNames.Of(DisplayNames.Key(testMethod.TestClass.Class, testMethod.MethodName), Feedback.Culture) is { } name)
            fact.DisplayName = name;
        return base.FindTestsForMethod(testMethod, discoveryOptions, discoveryCallback);
    }
}

/// <summary>Runs as xunit does; a run of "all tests" discovers them with the names above.</summary>
public sealed class NamedTestExecutor(IXunitTestAssembly assembly) : XunitTestFrameworkExecutor(assembly)
{
    readonly Lazy<NamedTestDiscoverer> discoverer = new(() => new NamedTestDiscoverer(assembly));

    protected override ITestFrameworkDiscoverer CreateDiscoverer() => discoverer.Value;
}

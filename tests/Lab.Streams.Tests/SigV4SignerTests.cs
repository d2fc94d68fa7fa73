using System.Globalization;

namespace Lab.Streams.Tests;

public sealed class SigV4SignerTests
{
    private static readonly AwsCredentials SuiteCredentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    private static readonly DateTimeOffset SuiteTime = DateTimeOffset.Parse("2015-08-30T12:36:00Z", CultureInfo.InvariantCulture);

    public static TheoryData<string> SuiteCases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(SigV4SuiteCase.Folder).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Fact]
    public void The_suite_is_present()
    {
        // A missing TestData copy would otherwise turn the theory below into zero cases that "pass".
        Assert.True(SuiteCases().Count >= 30, $"expected at least 30 suite cases under {SigV4SuiteCase.Folder}");
    }

    [Theory]
    [MemberData(nameof(SuiteCases))]
    public void Matches_the_AWS_SigV4_test_suite(string caseName)
    {
        var suiteCase = SigV4SuiteCase.Load(caseName);

        var signature = SigV4Signer.Sign(suiteCase.Method, suiteCase.PathAndQuery, suiteCase.Headers, suiteCase.Body,
            SuiteCredentials, "us-east-1", "service", SuiteTime);

        Assert.Equal(suiteCase.ExpectedCanonicalRequest, signature.CanonicalRequest);
        Assert.Equal(suiteCase.ExpectedStringToSign, signature.StringToSign);
        Assert.Equal(suiteCase.ExpectedAuthorization, signature.Authorization);
    }

    [Fact]
    public void Formats_X_Amz_Date_in_UTC()
    {
        var time = new DateTimeOffset(2015, 8, 30, 14, 36, 0, TimeSpan.FromHours(2));
        Assert.Equal("20150830T123600Z", SigV4Signer.FormatAmzDate(time));
    }
}

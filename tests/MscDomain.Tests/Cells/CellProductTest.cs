using MscDomain.Cells;

namespace MscDomain.Tests.Cells;

public sealed class CellProductTest
{
    private static CellProduct Make(CellProductKind kind, DonorSource donor, string? parent = null, string id = "p") =>
        new(id, "product", kind, TissueSource.BoneMarrow, donor, [], parent);

    [Fact]
    public void Recipient_donor_is_autologous_for_everyone()
    {
        new RecipientDonor().RelationTo("P-1").Should().Be(DonorRelation.Autologous);
        new RecipientDonor().DesignRelation().Should().Be(DonorRelation.Autologous);
    }

    [Fact]
    public void Identified_donor_relation_is_computed_from_identities()
    {
        var donor = new IdentifiedDonor("P-1");
        donor.RelationTo("P-1").Should().Be(DonorRelation.Autologous);
        donor.RelationTo("P-2").Should().Be(DonorRelation.Allogeneic);
        donor.RelationTo("p-1").Should().Be(DonorRelation.Allogeneic, "identities compare ordinally");
    }

    [Theory]
    [InlineData(CellProductKind.MscNeuralProgenitors)]
    [InlineData(CellProductKind.MscNeurotrophicFactorSecreting)]
    [InlineData(CellProductKind.ConditionedMedium)]
    [InlineData(CellProductKind.ExtracellularVesicles)]
    public void Derived_products_need_a_parent(CellProductKind kind)
    {
        var act = () => Make(kind, new RecipientDonor());
        act.Should().Throw<ArgumentException>().WithParameterName("ParentProductId");
        Make(kind, new RecipientDonor(), "bm-msc").IsDerived.Should().BeTrue();
    }

    [Fact]
    public void A_product_cannot_be_its_own_parent()
    {
        var act = () => Make(CellProductKind.ConditionedMedium, new RecipientDonor(), "p", "p");
        act.Should().Throw<ArgumentException>().WithMessage("*own parent*");
    }

    [Fact]
    public void Non_msc_products_are_representable_and_labelled()
    {
        Make(CellProductKind.StromalVascularFraction, new RecipientDonor()).IsMscBased.Should().BeFalse();
        Make(CellProductKind.Msc, new RecipientDonor()).IsMscBased.Should().BeTrue();
    }

    [Fact]
    public void Failed_karyotype_is_visible_on_the_product()
    {
        var p = new CellProduct("p", "AdMSC", CellProductKind.Msc, TissueSource.AdiposeTissue, new RecipientDonor(),
            [new ReleaseTest(ReleaseTestKind.Karyotype, TestOutcome.Fail, "G-banding", ResultText: "abnormal")]);
        p.HasFailedReleaseTest.Should().BeTrue();
    }

    [Fact]
    public void Numeric_release_result_needs_a_unit()
    {
        var act = () => new ReleaseTest(ReleaseTestKind.Viability, TestOutcome.Pass, ResultValue: 95m);
        act.Should().Throw<ArgumentException>().WithParameterName("ResultUnit");
    }

    [Fact]
    public void Negative_passage_is_rejected()
    {
        var act = () => new Manufacture(Passage: -1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Passage");
        new Manufacture(Passage: 0).Passage.Should().Be(0);
    }
}

namespace ProcurementService.Suppliers;

/// <summary>
/// Radar modules. Echodyne was on MOFCOM's export control list (Announcement No. 22 of 2025), and the measures
/// were stopped on 2025-08-12 (entry "removed"), so none of this is reported on a build after that day.
/// </summary>
public sealed class EchodyneRadarGateway : ISupplierGateway
{
    public string SupplierId => "Echodyne";

    public PurchaseOrderReceipt Submit(PurchaseOrder order) => new(SupplierId, $"ECHO-{order.PartNumber}");
}

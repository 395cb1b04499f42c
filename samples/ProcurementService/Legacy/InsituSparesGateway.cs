using ProcurementService.Suppliers;

namespace ProcurementService.Legacy;

/// <summary>
/// Spares for fielded ScanEagle systems, kept under licence EL-2026-0042 (see app.restricted-list.json):
/// exempted while the licence runs (SR1005 as it nears its end), reported again the day after it ends.
/// </summary>
public sealed class InsituSparesGateway : ISupplierGateway
{
    public string SupplierId => "Insitu, Inc.";

    public PurchaseOrderReceipt Submit(PurchaseOrder order) => new(SupplierId, $"INSITU-{order.PartNumber}");
}

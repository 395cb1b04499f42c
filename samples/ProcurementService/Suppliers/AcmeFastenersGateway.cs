namespace ProcurementService.Suppliers;

/// <summary>An ordinary supplier on no list: never reported.</summary>
public sealed class AcmeFastenersGateway : ISupplierGateway
{
    public string SupplierId => "Acme Fasteners";

    public PurchaseOrderReceipt Submit(PurchaseOrder order) => new(SupplierId, $"ACME-{order.PartNumber}");
}

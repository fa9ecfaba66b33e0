/**
 * The foot of a Party document: "Nơi nhận" on the left, the signature block on the right
 * with room for the signature and the seal, as the xlsx reports print it. Kept on one page
 * with the last lines above it, so nobody signs under an empty sheet.
 */
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { SignatureBlock } from '../../../../shared/report/layout';

export interface PrintSignatureProps {
  signature: SignatureBlock;
  /** "- Ban Tổ chức Tỉnh ủy (để báo cáo)," … "- Lưu Văn phòng Huyện ủy." (recipientLines). */
  recipients: string[];
}

export function PrintSignature({ signature, recipients }: PrintSignatureProps) {
  const { t } = useTranslation('dashboard');
  return (
    <Box data-testid="print-signature-block" sx={{ display: 'flex', mt: '18pt', breakInside: 'avoid', pageBreakInside: 'avoid' }}>
      <Box data-testid="print-recipients" sx={{ width: '42%', fontSize: '12pt', lineHeight: 1.35 }}>
        <Box sx={{ fontSize: '13pt', textDecoration: 'underline' }}>{t('print.recipients')}</Box>
        {recipients.map((line, i) => (
          <Box key={i}>{line}</Box>
        ))}
      </Box>
      <Box data-testid="print-signature" sx={{ width: '58%', textAlign: 'center', fontWeight: 700, lineHeight: 1.35 }}>
        <Box>{signature.onBehalf}</Box>
        <Box>{signature.position}</Box>
        {/* Room for the signature and the seal. */}
        <Box sx={{ height: '72pt' }} />
        <Box data-testid="print-signer-name">{signature.name}</Box>
      </Box>
    </Box>
  );
}

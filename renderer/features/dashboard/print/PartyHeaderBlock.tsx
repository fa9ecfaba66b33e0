/**
 * The header of a Party document in HTML, laid out as Instruction 36-HD/VPTW and as the
 * xlsx writer lays it out (shared/xlsx/write-report.ts): the issuing body on the left,
 * the Party heading and the place-date line on the right, then the centred title. Rows
 * rather than two stacked columns, so the number and the date share a line as on paper.
 */
import Box from '@mui/material/Box';
import { PARTY_HEADING, type PartyHeader } from '../../../../shared/report/layout';

export interface PartyHeaderBlockProps {
  header: PartyHeader;
  testId?: string;
}

const cell = { p: 0, verticalAlign: 'top', textAlign: 'center', lineHeight: 1.35 } as const;

export function PartyHeaderBlock({ header, testId }: PartyHeaderBlockProps) {
  return (
    <Box component="header" data-testid={testId} sx={{ mb: '12pt' }}>
      <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
        <colgroup>
          <col style={{ width: '42%' }} />
          <col style={{ width: '58%' }} />
        </colgroup>
        <tbody>
          <tr>
            <Box component="td" sx={cell} data-testid="print-superior-body">
              {header.superiorBody}
            </Box>
            <Box component="td" sx={cell}>
              {/* A rule as long as the heading under it, as Instruction 36 draws it. */}
              <Box component="span" sx={{ display: 'inline-block', fontWeight: 700, borderBottom: '1px solid currentColor', pb: '1pt' }} data-testid="print-party-heading">
                {PARTY_HEADING}
              </Box>
            </Box>
          </tr>
          <tr>
            <Box component="td" sx={{ ...cell, fontWeight: 700 }} data-testid="print-issuing-body">
              {header.issuingBody}
            </Box>
            <Box component="td" sx={cell} />
          </tr>
          <tr>
            <Box component="td" sx={cell}>
              *
            </Box>
            <Box component="td" sx={cell} />
          </tr>
          <tr>
            {/* The blank for the hand-written number is spaces: keep them. */}
            <Box component="td" sx={{ ...cell, whiteSpace: 'pre' }} data-testid="print-number-symbol">
              {header.numberSymbol}
            </Box>
            <Box component="td" sx={{ ...cell, fontStyle: 'italic' }} data-testid="print-place-date">
              {header.placeDate}
            </Box>
          </tr>
        </tbody>
      </Box>
      <Box sx={{ textAlign: 'center', mt: '18pt', fontWeight: 700 }}>
        <Box sx={{ fontSize: '14pt' }} data-testid="print-document-type">
          {header.documentType}
        </Box>
        {header.summary.map((line, i) => (
          <Box key={i} data-testid="print-summary-line">
            {line}
          </Box>
        ))}
        {/* Instruction 36: a short dashed rule under the summary. */}
        <Box sx={{ fontWeight: 400 }} aria-hidden>
          -----
        </Box>
      </Box>
    </Box>
  );
}

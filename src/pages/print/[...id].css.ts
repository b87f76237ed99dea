import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import config from 'virtual:kapkit/config';
import { fieldPrintRules } from '../../fields/registry';
import { LAYER_ORDER } from '../../styles/site-sheet';
import worksheetPrintRules from '../../styles/worksheet-print.css?raw';

// Each worksheet's print sheet: the running header (practice, title, version) and "page x of y"
// footer in @page margin boxes, A4 and Letter as named pages, the rules every printed worksheet
// shares, and those of the kinds of field it has (room for the ruled lines each long answer asks
// for, ...). A stylesheet of its own, because the Content-Security-Policy allows no inline
// styles; worksheet pages link it media="print", so no other page loads it and screens skip it.
export async function getStaticPaths() {
	return (await getCollection('worksheets')).map((worksheet) => ({ params: { id: worksheet.id }, props: { worksheet } }));
}

const quote = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

export const GET: APIRoute = ({ props }) => {
	const { data } = props.worksheet as Awaited<ReturnType<typeof getCollection<'worksheets'>>>[number];
	const margins = (size: string) => `
	size: ${size};
	margin: 18mm 15mm 16mm;
	@top-left { content: ${quote(`${config.practiceName} · ${data.title}`)}; font: 9pt system-ui, sans-serif; color: #333; }
	@top-right { content: ${quote(`Version ${data.version}`)}; font: 9pt system-ui, sans-serif; color: #333; }
	@bottom-left { content: ${quote(config.name)}; font: 8pt system-ui, sans-serif; color: #555; }
	@bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #333; }`;
	const fieldRules = fieldPrintRules(data.sections.flatMap((section) => section.fields));
	// Comments stay in the source file: every worksheet carries its own copy, precached for offline.
	const sharedRules = worksheetPrintRules.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s*\n/g, '\n').trim();
	// In the print layer, above the worksheet's screen rules; @media print as well as the link's
	// media: whatever links this sheet, it never styles a screen.
	const css = `${LAYER_ORDER}
@page {${margins(config.paperSize === 'Letter' ? 'letter' : 'A4')}
}
@page a4 {${margins('A4')}
}
@page letter {${margins('letter')}
}
@layer print {
@media print {
html[data-paper='A4'] body { page: a4; }
html[data-paper='Letter'] body { page: letter; }
${sharedRules}
${fieldRules.join('\n')}
}
}
`;
	return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};

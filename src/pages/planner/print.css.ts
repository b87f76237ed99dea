import type { APIRoute } from 'astro';
import config from 'virtual:kapkit/config';
import plannerPrintRules from '../../styles/planner-print.css?raw';
import { LAYER_ORDER } from '../../styles/site-sheet';

// The planner's paper: A4 and Letter as named pages (the reader picks one on the page), a running
// header with the practice's name, page numbers, in the print layer; linked media="print".
const margins = (size: string) => `
	size: ${size} landscape;
	margin: 14mm 12mm;
	@top-left { content: ${JSON.stringify(`${config.practiceName} · Course plan`)}; font: 9pt system-ui, sans-serif; color: #333; }
	@bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #333; }`;

export const GET: APIRoute = () =>
	new Response(
		`${LAYER_ORDER}
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
${plannerPrintRules.replace(/\/\*[\s\S]*?\*\//g, '').trim()}
}
}
`,
		{ headers: { 'Content-Type': 'text/css; charset=utf-8' } },
	);

import { tableRowLabels, type TableAnswer } from './table.ts';
import { fieldElementId, typedText, type FieldViewParts, type FieldViewProps } from './view.tsx';

const inputType = { text: 'text', number: 'number', time: 'time' } as const;

export function TableView({ field, value = {}, onChange }: FieldViewProps<'table'>) {
	const set = (row: number, column: string, cell: string) => onChange({ ...value, [row]: { ...value[row], [column]: cell } });
	return (
		<>
			<p className="field__label" id={`${fieldElementId(field)}-label`}>
				{field.label}
			</p>
			<table className="field-table" id={fieldElementId(field)} aria-labelledby={`${fieldElementId(field)}-label`}>
				<thead>
					<tr>
						<td />
						{field.columns.map((column) => (
							<th scope="col" key={column.id}>
								{column.label}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{tableRowLabels(field.rows).map((row, r) => (
						<tr key={r}>
							<th scope="row">{row}</th>
							{field.columns.map((column) => (
								<td key={column.id}>
									<input
										type={inputType[column.kind]}
										className={value[r]?.[column.id] ? '' : 'is-empty'}
										aria-label={`${column.label}, ${row}`}
										value={value[r]?.[column.id] ?? ''}
										onChange={(event) => set(r, column.id, event.target.value)}
									/>
								</td>
							))}
						</tr>
					))}
				</tbody>
			</table>
		</>
	);
}

export const tableView: FieldViewParts<'table'> = {
	View: TableView,
	/** Every cell the rows hold, if the reader changed any of them. */
	readTyped: (field, element) => {
		let changed = false;
		const answer: TableAnswer = {};
		element.querySelectorAll('tbody tr').forEach((row, r) => {
			row.querySelectorAll('input').forEach((input, c) => {
				const column = field.columns[c];
				if (!column) return;
				if (typedText(input) !== undefined) changed = true;
				if (input.value) answer[r] = { ...answer[r], [column.id]: input.value };
			});
		});
		return changed ? answer : undefined;
	},
};

/**
 * The look of the link pages' charts (colours, font, axes) and the two shapes they use: a filled line over days and
 * a horizontal bar per value. Kept here so statistics and conversions read alike.
 */
import type { ChartOption } from '../../components/Chart';

export const ACCENT = '#3451d1';
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const AXIS = { color: '#5f6878', fontFamily: FONT, fontSize: 12 };

/** A line of one value per day (labels already formatted), with a light area under it. */
export function dailyLineOption(labels: string[], values: number[], name: string): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', textStyle: { fontFamily: FONT } },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: labels,
      axisLabel: { ...AXIS, hideOverlap: true },
      axisLine: { lineStyle: { color: '#dde1e7' } },
      axisTick: { show: false },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: AXIS, splitLine: { lineStyle: { color: '#eef0f3' } } },
    series: [
      {
        type: 'line',
        name,
        data: values,
        showSymbol: values.length <= 14,
        symbolSize: 6,
        lineStyle: { width: 2.5, color: ACCENT },
        itemStyle: { color: ACCENT },
        areaStyle: { color: 'rgba(52, 81, 209, 0.12)' },
      },
    ],
  };
}

/** One horizontal bar per row, largest first as given, its value written at its end. */
export function barsOption(labels: string[], values: number[], name: string): ChartOption {
  return {
    grid: { left: 8, right: 40, top: 4, bottom: 4, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontFamily: FONT } },
    xAxis: { type: 'value', minInterval: 1, show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels,
      axisLabel: { ...AXIS, color: '#1d2330', width: 150, overflow: 'truncate' },
      axisLine: { show: false },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name,
        data: values,
        barMaxWidth: 18,
        itemStyle: { color: ACCENT, borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: 'right', color: '#5f6878', fontFamily: FONT },
      },
    ],
  };
}

/** The height a bar chart of `rows` bars needs. */
export const barsHeight = (rows: number) => rows * 30 + 12;
